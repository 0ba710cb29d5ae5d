package dev.rasd.enrich.notify;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends messages by SMTP (Jakarta Mail, Eclipse Angus): one email per message to all its addresses, with a
 * plain-text and an HTML part ({@code multipart/alternative}, UTF-8), retried with exponential backoff like a
 * webhook. An address the server or the parser refuses is final.
 */
public final class EmailSender {

    private final SmtpSettings smtp;
    private final Retries retries;
    private final Session session;

    /**
     * @param smtp the server and the sender address
     * @param attempts how many times to try, at least 1
     * @param firstBackoff the wait after the first failure; it doubles after each
     * @param timeout connect, read and write timeout of one attempt
     */
    public EmailSender(SmtpSettings smtp, int attempts, Duration firstBackoff, Duration timeout) {
        this.smtp = smtp;
        this.retries = new Retries(attempts, firstBackoff);
        this.session = smtp.configured() ? Session.getInstance(properties(smtp, timeout)) : null;
    }

    private static Properties properties(SmtpSettings smtp, Duration timeout) {
        Properties p = new Properties();
        String protocol = smtp.tls() == SmtpSettings.Tls.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", Integer.toString(smtp.port()));
        p.put("mail." + protocol + ".auth", Boolean.toString(smtp.user() != null));
        p.put("mail." + protocol + ".connectiontimeout", Long.toString(timeout.toMillis()));
        p.put("mail." + protocol + ".timeout", Long.toString(timeout.toMillis()));
        p.put("mail." + protocol + ".writetimeout", Long.toString(timeout.toMillis()));
        if (smtp.tls() == SmtpSettings.Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.tls() != SmtpSettings.Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /**
     * Emails {@code message} to {@code to}.
     *
     * @throws DeliveryFailedException when no SMTP server is configured, an address is refused, or every attempt
     *     failed, with the reason
     */
    public void send(List<String> to, OutgoingMessage message) throws DeliveryFailedException, InterruptedException {
        String channel = "email via " + smtp.host();
        if (!smtp.configured()) {
            throw new DeliveryFailedException("no SMTP server configured (RASD_SMTP_HOST) to email " + message.id());
        }
        MimeMessage mail;
        try {
            mail = mime(to, message);
        } catch (AddressException e) {
            throw new DeliveryFailedException(channel + " refused " + message.id() + ": bad address " + e.getRef());
        } catch (MessagingException e) {
            throw new DeliveryFailedException("cannot write the email of " + message.id() + ": " + e.getMessage());
        }
        retries.run(channel, message.id(), () -> {
            try (Transport transport = session.getTransport()) {
                transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
                transport.sendMessage(mail, mail.getAllRecipients());
            } catch (SendFailedException e) {
                if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                    throw new DeliveryFailedException(channel + " refused " + message.id() + ": "
                            + List.of(e.getInvalidAddresses()).stream().map(Address::toString).toList());
                }
                throw new Retries.RetryableFailure(e.getMessage());
            } catch (MessagingException e) {
                throw new Retries.RetryableFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    private MimeMessage mime(List<String> to, OutgoingMessage message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(smtp.from(), true));
        for (String address : to) {
            mail.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        }
        mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("X-Rasd-Id", message.id());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mail.setContent(alternative);
        mail.saveChanges();
        return mail;
    }
}
