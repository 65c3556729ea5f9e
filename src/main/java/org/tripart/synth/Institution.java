package org.tripart.synth;

/**
 * One made-up institution of a synthetic register. Immutable.
 *
 * @param id register id, {@code SYN-H0001} onwards
 * @param name display name, {@code Synthetic hospital 0001} onwards
 * @param provinceCode the option code of the province item, null when the instrument fills none
 * @param tier the option code of the tier item, null when the instrument fills none
 */
public record Institution(String id, String name, String provinceCode, String tier) {}
