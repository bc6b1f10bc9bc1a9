package app.dyad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Dyad: practice management for couples counselling. */
@SpringBootApplication
public class DyadApplication {

    public static void main(String[] args) {
        SpringApplication.run(DyadApplication.class, args);
    }
}
