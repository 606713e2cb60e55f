package dev.vippsmp.demoshop.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The admin menu, built from every {@link AdminNavigationItem} bean. The admin layout reads it as
 * {@code ${@adminNavigation.items(#locale)}}, so a plugin's pages show the same menu as the shop's.
 */
@Component("adminNavigation")
public class AdminNavigation {

    private final List<AdminNavigationItem> items;

    AdminNavigation(List<AdminNavigationItem> items) {
        for (AdminNavigationItem item : items) {
            if (!item.path().startsWith("/admin/")) {
                throw new IllegalStateException("Admin menu entry " + item.getClass().getName()
                        + " must lead under /admin/, not to " + item.path());
            }
        }
        this.items = items.stream().sorted(Comparator.comparingInt(AdminNavigationItem::order)).toList();
    }

    public List<Entry> items(Locale locale) {
        String current = currentPath();
        return items.stream()
                .map(item -> new Entry(item.path(), item.label(locale),
                        current != null && (current.equals(item.path()) || current.startsWith(item.path() + "/"))))
                .toList();
    }

    /** The signed-in admin's user name, or null. */
    public String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }
        return null;
    }

    /** A menu entry as the layout shows it. */
    public record Entry(String path, String label, boolean active) {
    }
}
