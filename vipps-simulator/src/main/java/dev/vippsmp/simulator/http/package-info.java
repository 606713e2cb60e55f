/**
 * What every API of the simulator shares: the catalogue of vendor operations, the error codes, and the rendering of
 * errors in each API's own shape.
 */
package dev.vippsmp.simulator.http;
