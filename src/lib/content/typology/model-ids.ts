// The five models of the ACTER typology (section 6 of the study), as stable identifiers.

export const modelIds = ['humanis', 'cosmin', 'cimob', 'climapart', 'astre'] as const;
export type ModelId = (typeof modelIds)[number];

/**
 * The organisation the study describes for each model (section 6): « Le point commun entre les
 * HUMANIS, les COSMIN et les CIMOB est l'absence de service RI dédié » ; the CLIMAPART « disposent
 * généralement d'un service des relations internationales » ; the ASTRE have « Service RI et Europe
 * détachés ». A level, not a rank: the models differ first by what they aim at.
 */
export type StudyOrganisation = 'no_service' | 'service' | 'service_and_europe';

export const studyOrganisation: Readonly<Record<ModelId, StudyOrganisation>> = {
	humanis: 'no_service',
	cosmin: 'no_service',
	cimob: 'no_service',
	climapart: 'service',
	astre: 'service_and_europe'
};
