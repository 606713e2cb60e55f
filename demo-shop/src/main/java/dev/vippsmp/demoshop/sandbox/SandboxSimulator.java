package dev.vippsmp.demoshop.sandbox;

import dev.vippsmp.demoshop.market.Market;
import dev.vippsmp.demoshop.market.MarketProperties;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * In sandbox mode, starts the Vipps MobilePay simulator in this process before any other bean exists, so that the
 * plugin's configuration already sees {@code vipps.base-url} pointing at it, with the keys of the simulator's demo
 * merchant for the shop's market ({@code vipps.test.*}); stops it when the shop stops.
 *
 * <p>The shop does not compile against the simulator: it is a runtime dependency, found by reflection, so a shop
 * built without it still starts (and says so). Any {@code vipps.*} value set in the configuration wins over the
 * sandbox's.
 */
@Component
class SandboxSimulator implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    static final String SIMULATOR_CLASS = "dev.vippsmp.simulator.VippsSimulator";
    static final String BASE_URL_PROPERTY = "vipps.base-url";
    static final String PROPERTY_SOURCE = "sandboxSimulator";

    private static final Logger log = LoggerFactory.getLogger(SandboxSimulator.class);

    private final String simulatorClass;
    private ConfigurableEnvironment environment;
    private AutoCloseable running;

    SandboxSimulator() {
        this(SIMULATOR_CLASS);
    }

    SandboxSimulator(String simulatorClass) {
        this.simulatorClass = simulatorClass;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        SandboxProperties sandbox = Binder.get(environment)
                .bindOrCreate("demo.sandbox", SandboxProperties.class);
        if (!sandbox.enabled()) {
            return;
        }
        Class<?> type;
        try {
            type = Class.forName(simulatorClass, true, beanFactory.getBeanClassLoader());
        } catch (ClassNotFoundException e) {
            log.warn("Sandbox mode is on, but the Vipps MobilePay simulator ({}) is not on the classpath, so the shop "
                    + "runs without it. Build with the vipps-simulator module, or set demo.sandbox.enabled=false.",
                    simulatorClass);
            return;
        }
        start(type, sandbox);
    }

    private void start(Class<?> type, SandboxProperties sandbox) {
        try {
            Method start = type.getMethod("start", Map.class);
            Object handle = start.invoke(null, Map.of(
                    "server.port", String.valueOf(sandbox.simulatorPort()),
                    "server.address", sandbox.simulatorAddress()));
            running = (AutoCloseable) handle;
            String baseUrl = String.valueOf(baseUrlMethod(start, handle).invoke(handle));
            Market market = Market.ofCountry(Binder.get(environment)
                    .bindOrCreate("demo.market", MarketProperties.class).country());
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                    SimulatorMerchant.of(market).pluginProperties(baseUrl, market)));
            log.info("Sandbox mode: the Vipps MobilePay simulator runs at {} (its demo merchant {} for {})", baseUrl,
                    SimulatorMerchant.of(market).merchantSerialNumber(), market.country());
            String configured = environment.getProperty(BASE_URL_PROPERTY);
            if (!baseUrl.equals(configured)) {
                log.warn("Sandbox mode: {} is set to {}, so the plugin talks to that and not to the simulator",
                        BASE_URL_PROPERTY, configured);
            }
        } catch (InvocationTargetException e) {
            log.error("Sandbox mode is on, but the Vipps MobilePay simulator did not start on {}:{}: {}. The shop runs "
                    + "without it; set demo.sandbox.simulator-port to a free port.", sandbox.simulatorAddress(),
                    sandbox.simulatorPort(), e.getCause().toString());
        } catch (ReflectiveOperationException | ClassCastException e) {
            log.error("Sandbox mode is on, but {} does not offer start(Map) returning an AutoCloseable with baseUrl(): {}",
                    simulatorClass, e.toString());
        }
    }

    /** Prefer the declared return type's method: the handle's own class may not be public. */
    private static Method baseUrlMethod(Method start, Object handle) throws NoSuchMethodException {
        try {
            return start.getReturnType().getMethod("baseUrl");
        } catch (NoSuchMethodException e) {
            return handle.getClass().getMethod("baseUrl");
        }
    }

    @Override
    public void destroy() throws Exception {
        if (running != null) {
            log.info("Sandbox mode: stopping the Vipps MobilePay simulator");
            running.close();
            running = null;
        }
    }
}
