package dev.vippsmp.demoshop.admin;

import dev.vippsmp.demoshop.order.ConcurrentOrderChange;
import dev.vippsmp.demoshop.order.IllegalStatusChange;
import dev.vippsmp.demoshop.order.OrderNotFound;
import dev.vippsmp.demoshop.order.OrderService;
import dev.vippsmp.demoshop.order.OrderStatus;
import dev.vippsmp.demoshop.order.OrderSummary;
import dev.vippsmp.demoshop.order.OrderView;
import dev.vippsmp.demoshop.web.ClientError;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AdminOrderController {

    static final String ORDERS_PATH = "/admin/orders";
    static final String ORDERS_VIEW = "admin/orders";
    static final String ORDER_VIEW = "admin/order";

    private final OrderService orders;

    AdminOrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping(ORDERS_PATH)
    String list(@RequestParam(required = false) OrderStatus status,
                @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
                Model model) {
        Page<OrderSummary> page = orders.list(status, pageable);
        model.addAttribute("page", page);
        model.addAttribute("status", status);
        model.addAttribute("statuses", OrderStatus.values());
        return ORDERS_VIEW;
    }

    @GetMapping(ORDERS_PATH + "/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("order", load(id));
        return ORDER_VIEW;
    }

    @PostMapping(ORDERS_PATH + "/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam OrderStatus from, @RequestParam OrderStatus to,
                        @RequestParam(required = false) @Size(max = 500) String note, Principal admin,
                        HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        try {
            orders.changeStatus(id, from, to, "admin:" + admin.getName(), cleanNote);
        } catch (OrderNotFound e) {
            throw ClientError.notFound("error.order-not-found");
        } catch (IllegalStatusChange e) {
            return refused(id, "admin.order.error.not-allowed", response, model);
        } catch (ConcurrentOrderChange e) {
            return refused(id, "admin.order.error.changed-meanwhile", response, model);
        }
        redirect.addFlashAttribute("changedTo", to);
        return "redirect:" + ORDERS_PATH + "/" + id;
    }

    private String refused(long id, String messageKey, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("order", load(id));
        model.addAttribute("statusError", messageKey);
        return ORDER_VIEW;
    }

    private OrderView load(long id) {
        return orders.find(id).orElseThrow(() -> ClientError.notFound("error.order-not-found"));
    }
}
