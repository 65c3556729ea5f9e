/**
 * REDCap data dictionaries and record exports, read and written as REDCap lays them out. See {@code
 * mapping.md}.
 *
 * <p>Uses {@code org.tripart}, {@code org.tripart.dataset}, {@code org.tripart.instrument}, {@code
 * org.tripart.interop}, {@code org.tripart.json}.
 */
package org.tripart.interop.redcap;
