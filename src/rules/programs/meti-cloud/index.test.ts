import * as api from "./index";

describe("meti-cloud public API", () => {
  it("exports the evaluators, the edition list and the checklist", () => {
    expect(Object.keys(api).sort()).toEqual(
      ["METI_CLOUD_EDITIONS", "METI_CLOUD_ROUND1_PARAMS", "classifyCloudItem", "cloudChecklist", "cloudSubsidyMax", "evaluateCloudCapex", "evaluateCloudCost", "evaluateCloudRequirements"].sort(),
    );
  });
});
