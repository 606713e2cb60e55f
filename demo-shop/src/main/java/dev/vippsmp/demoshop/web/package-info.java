/**
 * What all shop pages share: refused requests ({@link dev.vippsmp.demoshop.web.ClientError}) and the error
 * pages they turn into. The page layout itself is the template {@code fragments/layout.html}.
 */
package dev.vippsmp.demoshop.web;
