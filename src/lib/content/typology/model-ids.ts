// The five models of the ACTER typology (section 6 of the study), as stable identifiers.

export const modelIds = ['humanis', 'cosmin', 'cimob', 'climapart', 'astre'] as const;
export type ModelId = (typeof modelIds)[number];

/**
 * How structured each model is, from typologie.md — axes : « HUMANIS, COSMIN et CIMOB ont en
 * commun l'absence de service RI dédié et un budget faible ; c'est à partir de CLIMAPART que les
 * modèles sont structurés […] ; ASTRE a un service RI et un service Europe détaché ».
 */
export const structuringTier: Readonly<Record<ModelId, number>> = {
	humanis: 0,
	cosmin: 0,
	cimob: 0,
	climapart: 1,
	astre: 2
};
