// Compare pairs of OpenAPI documents with api-smart-diff (pinned in package-lock.json).
// stdin: JSON [{"before": <document>, "after": <document>}, ...]
// stdout: JSON [[{action, path, type, description}, ...], ...], one list per pair.
// The classification here is the tool's (wire compatibility); scripts/spec_changes.py
// re-reads it from the generated client's point of view.
"use strict";
const { apiCompare } = require("api-smart-diff");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const pairs = JSON.parse(input);
  const results = pairs.map(({ before, after }) =>
    apiCompare(before, after).diffs.map((diff) => ({
      action: diff.action,
      path: diff.path,
      type: diff.type,
      description: diff.description || null,
    })),
  );
  process.stdout.write(JSON.stringify(results));
});
