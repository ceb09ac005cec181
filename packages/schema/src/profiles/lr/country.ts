/**
 * Liberia as the code lists see it: its profile code and the identity documents it issues. Data only
 * (this file imports nothing): the registry (`profiles/registry.ts`) derives the profile codes and the
 * identity document kinds from it.
 */
export const liberia = {
  code: "LR",
  identityDocuments: {
    "LR-NIN": {
      label: "Liberian national identification number (NIN)",
      definition:
        "The number Liberia's National Identification Registry assigns to citizens and residents with their " +
        "biometric card; its length and format are not verified in tipx's sources.",
    },
  },
} as const;
