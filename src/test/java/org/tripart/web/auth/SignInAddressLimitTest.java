package org.tripart.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The per-address sign-in limit, on a server of its own (the limit is per server). */
class SignInAddressLimitTest {

  @Test
  void thirtyAttemptsFromOneAddressThenItWaitsWhateverTheEmail() {
    try (Client client = new Client()) {
      for (int i = 0; i < 30; i++) {
        HttpResponse<String> r =
            client.postSignIn(client.signInForm(), "nobody" + i + "@example.org", "x");
        assertThat(r.statusCode()).as("attempt " + i).isEqualTo(401);
      }
      HttpResponse<String> limited =
          client.postSignIn(client.signInForm(), "someone-else@example.org", "x");

      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    }
  }
}
