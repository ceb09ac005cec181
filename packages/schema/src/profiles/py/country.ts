/**
 * Paraguay as the code lists see it: its profile code and the identity documents it issues. Data only
 * (this file imports nothing): the registry (`profiles/registry.ts`) derives the profile codes and the
 * identity document kinds from it.
 */
export const paraguay = {
  code: "PY",
  identityDocuments: {
    "PY-CI": {
      label: "Paraguayan identity card number (cédula)",
      definition:
        "Paraguay's Cédula de Identidad Civil, a sequential number of up to 8 digits issued by the Policía Nacional.",
    },
    "PY-RUC": {
      label: "Paraguayan taxpayer number (RUC)",
      definition:
        "Paraguay's Registro Único del Contribuyente, a tax number with a final check digit, written NNNNNNNN-D.",
    },
  },
} as const;
