package org.decisionledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "org.decisionledger")
@ConfigurationPropertiesScan("org.decisionledger")
public class DecisionLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DecisionLedgerApplication.class, args);
    }
}
