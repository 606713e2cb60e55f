/**
 * A local stand-in for the Vipps MobilePay APIs and app. {@link dev.vippsmp.simulator.SimulatorApplication} runs it
 * standalone; {@link dev.vippsmp.simulator.VippsSimulator} starts it in-process for tests and sandbox modes.
 */
package dev.vippsmp.simulator;
