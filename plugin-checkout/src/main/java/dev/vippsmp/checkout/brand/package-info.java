/**
 * The wallet's brand as the shopper sees it: Vipps in Norway, MobilePay in Denmark and Finland (from the sales
 * unit's market in the settings), with its logo and the vendor's wording per brand and language.
 */
package dev.vippsmp.checkout.brand;
