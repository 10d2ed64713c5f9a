package vn.dondoc.security;

import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One way in. Browsers sign in on DonDoc's Vietnamese login page (session + CSRF); the session is handed to
 * Tasklist, Cockpit and Admin, so there is no second login. Programs (Camunda Modeler, scripts) use HTTP Basic
 * on {@code /engine-rest} and {@code /api}, statelessly. Every other path needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  static final String REALM = "DonDoc";
  static final RequestMatcher CAMUNDA_LOGOUT = antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout");

  @Bean
  AuthenticationManager authenticationManager(IdentityServiceAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  /**
   * Actuator: the two health probes answer anyone (a load balancer has no account) with the status alone;
   * anything else under /actuator is refused before it reaches the actuator (only health is exposed anyway).
   */
  @Bean
  @Order(0)
  SecurityFilterChain probeChain(HttpSecurity http) throws Exception {
    http.securityMatcher(antMatcher("/actuator/**"))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(antMatcher(HttpMethod.GET, "/actuator/health/liveness"),
                antMatcher(HttpMethod.GET, "/actuator/health/readiness")).permitAll()
            .anyRequest().denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    return http.build();
  }

  /** Programs: HTTP Basic, no session, no CSRF (no cookie is ever trusted on this chain). */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
    RequestMatcher basicOnApi = new AndRequestMatcher(antMatcher("/api/**"),
        request -> request.getHeader("Authorization") != null);
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName(REALM);
    http.securityMatcher(new OrRequestMatcher(antMatcher("/engine-rest/**"), basicOnApi))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(auth -> auth
            // Deployments run code on the server: administrators only (also enforced by Camunda authorization).
            .requestMatchers(antMatcher(HttpMethod.POST, "/engine-rest/deployment/**")).hasRole("ADMIN")
            .requestMatchers(antMatcher(HttpMethod.DELETE, "/engine-rest/deployment/**")).hasRole("ADMIN")
            .requestMatchers(adminOnlyApi()).hasRole("ADMIN")
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
    return http.build();
  }

  /** Browsers: form login, session, CSRF on for DonDoc's own pages (Camunda's webapps have their own). */
  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http, AuthenticationManager authenticationManager,
      IdentityService identityService) throws Exception {
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(antMatcher("/login"), antMatcher("/css/**"), antMatcher("/img/**"),
                antMatcher("/favicon.ico"), antMatcher("/error")).permitAll()
            .requestMatchers(CamundaLoginBridgeFilter.CAMUNDA_LOGIN).permitAll()
            // Camunda's login form asks for the engine names before it posts; without them it fails at once
            .requestMatchers(antMatcher(HttpMethod.GET, "/camunda/api/engine/engine/")).permitAll()
            .requestMatchers(adminOnlyApi()).hasRole("ADMIN")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
        // Logging out of DonDoc or of a Camunda webapp ends the one session.
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(antMatcher(HttpMethod.POST, "/logout"), CAMUNDA_LOGOUT))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (CAMUNDA_LOGOUT.matches(request)) {
                response.setStatus(HttpServletResponse.SC_OK);
              } else {
                response.sendRedirect(request.getContextPath() + "/login?logout");
              }
            })
            .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN) on /camunda/api and /camunda/app.
        .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**")))
        .headers(h -> h
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .frameOptions(f -> f.sameOrigin()))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new OrRequestMatcher(antMatcher("/camunda/api/**"), antMatcher("/api/**"))))
        .addFilterAfter(new AdminSetupGuard(identityService), AuthorizationFilter.class)
        .addFilterBefore(new CamundaLoginBridgeFilter(authenticationManager), AuthorizationFilter.class)
        .addFilterAfter(new LiveUserFilter(identityService), SecurityContextHolderFilter.class);
    return http.build();
  }

  /** Changes to the organisation and the deployment page: administrators only, on every chain. */
  static RequestMatcher adminOnlyApi() {
    return new OrRequestMatcher(
        antMatcher(HttpMethod.POST, "/api/org/**"), antMatcher(HttpMethod.PUT, "/api/org/**"),
        antMatcher(HttpMethod.DELETE, "/api/org/**"), antMatcher("/api/admin/**"), antMatcher("/admin/**"));
  }

  /** Rejects expressions in task-query orQueries before Camunda's REST layer parses the body. */
  @Bean
  FilterRegistrationBean<Filter> orQueryExpressionRequestFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OrQueryExpressionRequestFilter());
    registration.setName("dondoc-orquery-guard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  /** Gives the Spring Security user to Tasklist, Cockpit and Admin (runs after Spring Security's filter). */
  @Bean
  FilterRegistrationBean<Filter> camundaWebappAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappAuthenticationFilter());
    registration.setName("dondoc-webapp-auth");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityCamundaAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** Sets the engine's authenticated user for /engine-rest so that Camunda authorization applies. */
  @Bean
  FilterRegistrationBean<Filter> camundaRestAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("dondoc-rest-auth");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityCamundaAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", "/engine-rest"));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

}
