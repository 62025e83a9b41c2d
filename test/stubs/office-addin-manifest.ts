/** Stand-in for office-addin-manifest under Jest: office-addin-mock only needs this enum (ECOSYSTEM-NOTES §4). */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
