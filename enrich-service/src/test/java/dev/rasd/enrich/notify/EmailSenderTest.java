package dev.rasd.enrich.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailSenderTest {

    private static final OutgoingMessage MESSAGE = new OutgoingMessage("isis:s1", "رصد | isis: التحالف الدولي",
            "التحالف الدولي — العربية", "<html dir=\"rtl\" lang=\"ar\"><body>التحالف الدولي</body></html>", null);

    private static SmtpSettings plain(int port) {
        return new SmtpSettings("127.0.0.1", port, SmtpSettings.Tls.NONE, null, null, "rasd@rasd.test");
    }

    @Test
    void sendsOneMultipartAlternativeEmailInUtf8ToEveryAddress() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            new EmailSender(plain(smtp.getSmtp().getPort()), 2, Duration.ofMillis(10), Duration.ofSeconds(5))
                    .send(List.of("a@rasd.test", "b@rasd.test"), MESSAGE);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).as("one copy per recipient mailbox").hasSize(2);
            MimeMessage mail = received[0];
            assertThat(mail.getSubject()).isEqualTo("رصد | isis: التحالف الدولي");
            assertThat(mail.getHeader("X-Rasd-Id")).containsExactly("isis:s1");
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertThat(parts.getContentType()).startsWith("multipart/alternative");
            assertThat(parts.getBodyPart(0).getContent()).isEqualTo("التحالف الدولي — العربية");
            assertThat((String) parts.getBodyPart(1).getContent()).contains("dir=\"rtl\"", "التحالف الدولي");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anUnreachableServerIsRetriedThenFailsWithTheReason() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        EmailSender sender = new EmailSender(plain(closed), 3, Duration.ofMillis(10), Duration.ofSeconds(2));
        assertThatThrownBy(() -> sender.send(List.of("a@rasd.test"), MESSAGE))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("email via 127.0.0.1 failed 3 times for isis:s1; last: MailConnectException");
    }

    @Test
    void withoutAnSmtpServerAnEmailFailsAtOnceWithTheReason() {
        EmailSender sender = new EmailSender(new SmtpSettings(null, 587, SmtpSettings.Tls.STARTTLS, null, null,
                "rasd@localhost"), 3, Duration.ofMillis(10), Duration.ofSeconds(2));
        assertThatThrownBy(() -> sender.send(List.of("a@rasd.test"), MESSAGE))
                .hasMessageContaining("no SMTP server configured (RASD_SMTP_HOST)");
    }
}
