/**
 * The "Log in with Vipps" / "Log in with MobilePay" button: a model attribute on every page the host renders and a
 * Thymeleaf fragment ({@code vipps/login/button :: button}) for the login page and the checkout.
 */
package dev.vippsmp.login.web;
