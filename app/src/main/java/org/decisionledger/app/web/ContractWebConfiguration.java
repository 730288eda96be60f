package org.decisionledger.app.web;

import java.util.List;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * What the HTTP layer accepts, held to the contract: JSON values of the declared type (no "3" for
 * a number, no 3.7 for a whole number, no 1 for true, no field given twice), dates with four-digit
 * years ({@link ContractDates}), and a command only from a client that can read its JSON answer.
 */
@Configuration(proxyBeanMethods = false)
class ContractWebConfiguration implements WebMvcConfigurer {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Bean
    ContractDates.Module contractDatesModule() {
        return new ContractDates.Module();
    }

    @Bean
    JsonMapperBuilderCustomizer valuesOfTheDeclaredType() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /**
     * An encoded slash ({@code %2F}) in a path reaches the application instead of being refused by
     * Tomcat with its own HTML page. Spring Security's firewall then refuses it like the other paths
     * it will not route, and the client gets a problem with a code ({@link ProblemErrorController}).
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
    }

    /**
     * Bodies are JSON only. A library on the classpath (the OpenAPI description's YAML) brings a
     * YAML converter with a mapper of its own, which read YAML bodies past every rule above: unknown
     * fields ignored, numbers taken for text, NUL characters through to the database. The converters
     * for formats the contract does not speak are taken out.
     */
    /**
     * The host's error report valve, Tomcat's or the one Spring Boot adds, writes an HTML page for
     * what Tomcat refuses before the application sees it. Just before the host starts, it is
     * replaced by {@link ProblemReportValve}; the host is told that class is its error valve, so it
     * adds no other.
     */
    @Bean
    TomcatContextCustomizer containerRefusalsAreProblems(ProblemResponses problems) {
        return context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            host.addLifecycleListener(event -> {
                if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    return;
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(problems));
            });
        };
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(converter -> converter
                .getSupportedMediaTypes().stream().anyMatch(ContractWebConfiguration::unspokenFormat)));
    }

    static boolean unspokenFormat(MediaType type) {
        String subtype = type.getSubtype();
        return subtype.equals("yaml") || subtype.endsWith("+yaml") || subtype.equals("cbor")
                || subtype.equals("x-jackson-smile") || subtype.equals("xml") || subtype.endsWith("+xml");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new ContractDates.Formats());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AnswerReadableBeforeCommand()).addPathPatterns("/api/**");
        registry.addInterceptor(new BodyDeclaredAsItIsTaken()).addPathPatterns("/api/**");
    }

    /**
     * A body labelled with a wildcard ({@code *}{@code /*}, {@code application/*}) declares no type:
     * Spring refuses to read such a label with an IllegalArgumentException, which answered 500. It
     * is refused as any other type the endpoint does not take (415), before the command runs.
     */
    static final class BodyDeclaredAsItIsTaken implements HandlerInterceptor {

        private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON,
                new MediaType("application", "*+json"));

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotSupportedException {
            String label = request.getContentType();
            if (!(handler instanceof HandlerMethod method) || label == null || label.isBlank()
                    || java.util.Arrays.stream(method.getMethodParameters())
                            .noneMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class))) {
                return true;
            }
            MediaType declared;
            try {
                declared = MediaType.parseMediaType(label);
            } catch (InvalidMediaTypeException unreadable) {
                throw new HttpMediaTypeNotSupportedException(unreadable.getMessage(), taken(method));
            }
            if (declared.isWildcardType() || declared.isWildcardSubtype()) {
                throw new HttpMediaTypeNotSupportedException(declared, taken(method), HttpMethod.valueOf(request.getMethod()));
            }
            return true;
        }

        private static List<MediaType> taken(HandlerMethod method) {
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
            return mapping == null || mapping.consumes().length == 0 ? JSON
                    : MediaType.parseMediaTypes(List.of(mapping.consumes()));
        }
    }

    /**
     * A command is refused before it runs when the client accepts no JSON answer: answering 406
     * after recording it would invite a retry that records it twice.
     */
    static final class AnswerReadableBeforeCommand implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotAcceptableException {
            if (!(handler instanceof HandlerMethod) || "GET".equals(request.getMethod())
                    || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod())) {
                return true;
            }
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept == null || accept.isBlank()) {
                return true;
            }
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                throw new HttpMediaTypeNotAcceptableException("The Accept header could not be read.");
            }
            for (MediaType type : accepted) {
                for (MediaType answer : ANSWERS) {
                    if (type.isCompatibleWith(answer)) {
                        return true;
                    }
                }
            }
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
    }
}
