/**
 * Text messages (SMS): the {@link org.liangxiang.sms.SmsGateway} port that modules send through, the texts (one
 * template per message, in {@code messages/sms.properties}), and the demo adapter that delivers nothing: it logs the
 * masked number and keeps the message in a demo outbox shown at {@code /demo/sms}. Real gateways (a carrier's or a
 * government SMS platform's) are outside systems, plugged in as another {@code SmsGateway} bean.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.liangxiang.sms;
