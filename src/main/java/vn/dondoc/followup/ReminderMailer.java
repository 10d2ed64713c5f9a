package vn.dondoc.followup;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends reminder e-mail through Spring Mail. Without a configured host the message is logged instead (a
 * demo without SMTP still runs); a failing server throws, so the async job retries and ends as an incident.
 */
@Component
public class ReminderMailer {

  private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

  private final ObjectProvider<JavaMailSender> senders;
  private final String host;
  private final String from;

  public ReminderMailer(ObjectProvider<JavaMailSender> senders, @Value("${spring.mail.host:}") String host,
      @Value("${dondoc.mail.from:dondoc@localhost}") String from) {
    this.senders = senders;
    this.host = host;
    this.from = from;
  }

  public void send(List<String> to, String subject, String body) {
    JavaMailSender sender = senders.getIfAvailable();
    if (host == null || host.isBlank() || sender == null) {
      log.info("No mail server configured; reminder not mailed to {}: {}", to, subject);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    sender.send(message);
  }
}
