package dev.vippsmp.simulator.epayment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A carrier's delivery method (brand + type) with its options, as the app lists them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShippingGroup(
        String brand,
        String type,
        @JsonProperty("isDefault") boolean isDefault,
        Integer priority,
        List<ShippingOption> options) {

    /** Groups and options in the app's order: by priority, then as given. */
    public static List<ShippingGroup> sorted(List<ShippingGroup> groups) {
        return groups.stream()
                .sorted(Comparator.comparing(group -> group.priority() == null ? Integer.MAX_VALUE : group.priority()))
                .map(group -> new ShippingGroup(group.brand(), group.type(), group.isDefault(), group.priority(),
                        group.options().stream().sorted(Comparator.comparing(
                                option -> option.priority() == null ? Integer.MAX_VALUE : option.priority())).toList()))
                .toList();
    }

    /** The option the app pre-selects: a default option of a default group, else the first one. */
    public static Optional<ShippingOption> preselected(List<ShippingGroup> groups) {
        List<ShippingGroup> sorted = sorted(groups);
        return sorted.stream().filter(ShippingGroup::isDefault)
                .flatMap(group -> group.options().stream()).filter(ShippingOption::isDefault).findFirst()
                .or(() -> sorted.stream().flatMap(group -> group.options().stream())
                        .filter(ShippingOption::isDefault).findFirst())
                .or(() -> sorted.stream().flatMap(group -> group.options().stream()).findFirst());
    }

    public static Optional<ShippingOption> option(List<ShippingGroup> groups, String id) {
        return groups.stream().flatMap(group -> group.options().stream())
                .filter(option -> option.id().equals(id)).findFirst();
    }

    public String label() {
        return brand + " " + type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }
}
