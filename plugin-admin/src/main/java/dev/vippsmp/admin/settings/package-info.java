/**
 * The settings page: every merchant setting with its label, help text and validation, secrets shown masked and
 * kept when left untouched, the live preview of the headers the next call carries, and the audit trail.
 */
package dev.vippsmp.admin.settings;
