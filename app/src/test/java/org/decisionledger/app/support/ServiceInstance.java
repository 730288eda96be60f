package org.decisionledger.app.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.decisionledger.app.DecisionLedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A whole service started in-process, for tests that stop and start it or try other modes. */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServiceInstance start(Map<String, String> properties, String... profiles) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put("server.port", "0");
        if (profiles.length > 0) {
            all.put("spring.profiles.active", String.join(",", profiles));
        }
        String[] arguments = all.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new ServiceInstance(new SpringApplicationBuilder(DecisionLedgerApplication.class).run(arguments));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public Api api() {
        return Api.at(port());
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
