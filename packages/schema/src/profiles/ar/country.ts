/**
 * Argentina as the code lists see it: its profile code and the identity documents it issues. Data only
 * (this file imports nothing): the registry (`profiles/registry.ts`) derives the profile codes and the
 * identity document kinds from it.
 */
export const argentina = {
  code: "AR",
  identityDocuments: {
    "AR-DNI": {
      label: "Argentine national identity document (DNI)",
      definition:
        "Argentina's Documento Nacional de Identidad, a 7- or 8-digit number issued by RENAPER to citizens and residents.",
    },
    "AR-CUIL": {
      label: "Argentine labour identification code (CUIL)",
      definition:
        "Argentina's Código Único de Identificación Laboral for workers: 11 digits, a 2-digit prefix, the DNI " +
        "number and a check digit, issued by ANSES.",
    },
    "AR-CUIT": {
      label: "Argentine tax identification code (CUIT)",
      definition:
        "Argentina's Clave Única de Identificación Tributaria for taxpayers, people or companies: 11 digits, same format as the CUIL.",
    },
  },
} as const;
