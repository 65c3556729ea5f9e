package org.tripart.store;

/**
 * One institution of a study's register (a hospital, a university, a company). All fields are
 * non-null and non-blank when stored.
 *
 * @param id the institution's id, unique within the study
 * @param name its name
 * @param provinceCode the province (or region) code it is counted under
 * @param tier its tier (for hospitals, for example "tertiary")
 * @param type its kind (for example "hospital")
 */
public record Institution(String id, String name, String provinceCode, String tier, String type) {}
