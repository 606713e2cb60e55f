package dev.vippsmp.demoshop.catalog;

import dev.vippsmp.demoshop.subscription.SubscriptionPlans;
import dev.vippsmp.demoshop.web.ClientError;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class CatalogController {

    static final String CATALOG_VIEW = "catalog/catalog";
    static final String PRODUCT_VIEW = "catalog/product";

    private final Catalog catalog;
    private final SubscriptionPlans plans;

    CatalogController(Catalog catalog, SubscriptionPlans plans) {
        this.catalog = catalog;
        this.plans = plans;
    }

    @GetMapping("/")
    String catalog(Locale locale, Model model) {
        model.addAttribute("products", catalog.productsForSale(locale));
        model.addAttribute("plans", plans.forSale(locale));
        return CATALOG_VIEW;
    }

    @GetMapping("/products/{slug}")
    String product(@PathVariable String slug, Locale locale, Model model) {
        ProductView product = catalog.bySlug(slug, locale)
                .orElseThrow(() -> ClientError.notFound("error.product-not-found"));
        model.addAttribute("product", product);
        return PRODUCT_VIEW;
    }
}
