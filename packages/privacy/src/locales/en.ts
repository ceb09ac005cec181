import { definePrivacyCatalogue } from "./catalogue";

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "1 combination", "3 combinations". */
function combinations(n: number): string {
  return n === 1 ? "1 combination" : `${n} combinations`;
}

/**
 * The English sentences of k-anonymity and private counts: the source texts the `th` and `es` catalogues
 * translate, used when no `locale` is given. Internal: `kAnonymity` and `privateCounts` write them into
 * their results.
 */
export const en = /* @__PURE__ */ definePrivacyCatalogue({
  lang: "en",
  guarantee: {
    text: ({ outcome, quasiIdentifiers, k, diversity, failing }) => {
      const columns = list(quasiIdentifiers);
      const diverse = diversity ? ` or fewer than ${diversity.l} different values of ${diversity.sensitive}` : "";
      if (outcome === "empty")
        return `This table has no rows left: every combination of ${columns} was shared by fewer than ${k} people${diverse}, so all were suppressed.`;
      if (outcome === "does-not-hold")
        return `This table is not ${k}-anonymous: ${combinations(failing)} of ${columns} ${failing === 1 ? "is" : "are"} shared by fewer than ${k} people${diverse}, and ${failing === 1 ? "it was" : "they were"} not suppressed.`;
      const each = diversity
        ? `, and each such group has at least ${diversity.l} different values of ${diversity.sensitive}`
        : "";
      return `Every combination of ${columns} in this table is shared by at least ${k} people${each}.`;
    },
    reviewed: true,
  },
  privateCounts: {
    text: ({ epsilon, groupBy, domainGiven, clampedAtZero }) =>
      [
        `Each count by ${list(groupBy)} has random noise added (two-sided geometric mechanism, ε = ${epsilon}), so it does not show whether any one person is in the data.`,
        domainGiven
          ? "Every possible group is listed, including empty ones."
          : "The groups listed were read from the data, so the list itself is not protected.",
        clampedAtZero ? "Negative noisy counts were raised to 0." : "Noisy counts can be negative.",
      ].join(" "),
    reviewed: true,
  },
});
