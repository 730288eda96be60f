package org.decisionledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.decisionledger.app.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import jakarta.servlet.DispatcherType;

/**
 * Who may do what. Reading the register is public; every command needs a signed-in person with the
 * role the contract names. The local profile signs in demo users with HTTP Basic; any other mode
 * takes JWTs from the council's identity provider and refuses to start without one.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final List<String> DEMO_USERS = List.of("officer", "scrutiny", "auditor", "admin");
    static final int DEMO_PASSWORD_COST = 4;
    /** How long and how many verified bearer tokens are remembered; see {@link VerifiedTokens}. */
    static final Duration VERIFIED_TOKENS_KEPT_FOR = Duration.ofMinutes(5);
    static final int VERIFIED_TOKENS_KEPT = 4096;

    @Bean
    SecurityFilterChain api(HttpSecurity http, LedgerSecurityProperties properties, Environment environment,
            ObjectProvider<JwtDecoder> jwtDecoder, ProblemResponses problems) throws Exception {
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        // RFC 9110: a 401 names how to sign in; the local demo's users use Basic, a deployment bearer tokens.
        String challenge = local ? "Basic realm=\"Decision Ledger\", charset=\"UTF-8\""
                : "Bearer realm=\"Decision Ledger\"";
        AuthenticationEntryPoint notSignedIn = (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "NOT_SIGNED_IN", "Sign in to use this endpoint.");
        };
        if (properties.demoUsers() && !local) {
            throw new IllegalStateException("Demo users are enabled outside the local profile. Refusing to start: "
                    + "demo users exist only when the service runs with --spring.profiles.active=local.");
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(notSignedIn)
                        .accessDeniedHandler((request, response, exception) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                                        "Your role does not allow this action.")))
                .authorizeHttpRequests(authorize -> authorize
                        // the container's error dispatch renders a problem for a request already refused
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/authorities/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/admin/projections", "/api/admin/projections/*")
                                .hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                        .requestMatchers(HttpMethod.HEAD, "/api/admin/projections", "/api/admin/projections/*")
                                .hasAnyRole(Roles.AUDITOR, Roles.ADMIN)
                        .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers("/api/audit/**").hasRole(Roles.AUDITOR)
                        // reads are ruled whatever the method, so HEAD is held to what GET is
                        .requestMatchers("/api/action-plans/*/actions/*/history").permitAll()
                        .requestMatchers("/api/*/*/history").hasRole(Roles.AUDITOR)
                        .requestMatchers(HttpMethod.POST, "/api/decisions/*/call-ins", "/api/decisions/*/call-ins/**")
                                .hasRole(Roles.SCRUTINY)
                        .requestMatchers(HttpMethod.POST, "/api/scrutiny-items", "/api/scrutiny-items/**")
                                .hasAnyRole(Roles.SCRUTINY, Roles.OFFICER)
                        .requestMatchers(HttpMethod.POST, "/api/decisions", "/api/decisions/**",
                                "/api/delegations", "/api/delegations/**",
                                "/api/action-plans", "/api/action-plans/**",
                                "/api/imports/**").hasRole(Roles.OFFICER)
                        .requestMatchers("/api/imports", "/api/imports/**").hasAnyRole(Roles.OFFICER, Roles.AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().denyAll());
        if (local) {
            log.warn("""

                    ************************************************************************
                    *  LOCAL MODE: demo users officer, scrutiny, auditor and admin sign in *
                    *  with HTTP Basic, each with its own name as password. Never expose   *
                    *  this instance to anyone: it is for trying the service on your desk. *
                    ************************************************************************""");
            http.httpBasic(basic -> basic.authenticationEntryPoint(notSignedIn));
        } else {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("No identity provider is configured. Set "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) to the council's "
                        + "OIDC issuer, or run the local demo with --spring.profiles.active=local.");
            }
            http.oauth2ResourceServer(resource -> resource
                    .authenticationEntryPoint(notSignedIn)
                    .jwt(jwt -> jwt
                            .decoder(new VerifiedTokens(jwtDecoder.getObject(), Clock.systemUTC(),
                                    VERIFIED_TOKENS_KEPT_FOR, VERIFIED_TOKENS_KEPT))
                            .jwtAuthenticationConverter(rolesFrom(properties.rolesClaim()))));
        }
        return http.build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(LedgerSecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(properties.corsAllowedOrigins());
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key"));
            configuration.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id"));
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Only in the local profile; the password of each is its name. HTTP Basic checks the password on
     * every request, and at BCrypt's default cost (2^10 rounds) that check took most of the CPU a
     * command used (docs/performance.md). A password everybody knows gains nothing from a slow hash,
     * so demo passwords are hashed at BCrypt's lowest cost; production signs in with JWTs.
     */
    @Bean
    @org.springframework.context.annotation.Profile("local")
    UserDetailsService demoUsers(LedgerSecurityProperties properties) {
        if (!properties.demoUsers()) {
            return new InMemoryUserDetailsManager();
        }
        BCryptPasswordEncoder cheap = new BCryptPasswordEncoder(DEMO_PASSWORD_COST);
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(DEMO_USERS.stream()
                .map(name -> User.withUsername(name)
                        .password("{bcrypt}" + cheap.encode(name))
                        .roles(name.toUpperCase(Locale.ROOT))
                        .build())
                .toList());
        // Only the lookup is exposed: as a UserDetailsPasswordService the manager would have its hashes
        // "upgraded" to the default cost at the first sign-in.
        return users::loadUserByUsername;
    }

    private static Converter<Jwt, AbstractAuthenticationToken> rolesFrom(String claim) {
        return jwt -> {
            Object value = jwt.getClaims().get(claim);
            Collection<String> roles = value instanceof Collection<?> list
                    ? list.stream().map(Object::toString).toList()
                    : value == null ? List.of() : Arrays.asList(value.toString().split("[ ,]+"));
            Collection<GrantedAuthority> authorities = roles.stream()
                    .filter(role -> !role.isBlank())
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toList());
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                // the subject is the actor every event records: a token that names nobody opens nothing
                throw new InvalidBearerTokenException("The token names no subject.");
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }
}
