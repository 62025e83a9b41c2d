/**
 * The document every GX rule of this program cites: 概要説明資料 Ver1.1 (src/rules/sources.ts). One id for the
 * params edition, the discipline tables and the citations; a module of its own, so that importing it brings no table.
 */
export const GX_OVERVIEW_SOURCE = "gx-overview-2026-v1.1" as const;
