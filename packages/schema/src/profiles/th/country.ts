/**
 * Thailand as the code lists see it: its profile code and the identity documents it issues. Data only
 * (this file imports nothing): the registry (`profiles/registry.ts`) derives the profile codes and the
 * identity document kinds from it.
 */
export const thailand = {
  code: "TH",
  identityDocuments: {
    "TH-PIN": {
      label: "Thai personal identification number",
      definition:
        "The 13-digit number Thai civil registration assigns to each registered person (Thai nationals and some " +
        "non-nationals), printed as X-XXXX-XXXXX-XX-X; the last digit is a check digit.",
    },
  },
} as const;
