/**
 * What every admin page shares: the URL prefix and the paths under it, the layout to draw in, formats for money
 * and times, plain-words explanations of the vendor's errors, and readable 4xx pages for refused input.
 */
package dev.vippsmp.admin.web;
