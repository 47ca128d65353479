/** Cơ quan — agency registries, name matching, cell splitting and successions. */
export { type AgencyIndex, createAgencyIndex } from './agencyIndex';
export { CellSplit, RegistryProblem, ResponsibleOn, UnresolvedName } from './model';
export { ProvinceRegistry, SeedProvince, loadProvinceRegistry } from './registry';
