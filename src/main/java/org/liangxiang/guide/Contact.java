package org.liangxiang.guide;

/**
 * An office's window and contacts. At least one text channel (SMS number, online message address or WeChat account) is
 * always given, so that deaf people never need a voice call. Office details only: no personal data.
 *
 * @param name the office, e.g. 中原区林山寨街道便民服务中心
 * @param address where the window is
 * @param hours when it is open
 * @param phone a voice number, or null
 * @param sms a number that takes text messages, or null
 * @param onlineMessage an https address for written questions, or null
 * @param wechat a WeChat official account, or null
 */
public record Contact(
        String name, String address, String hours, String phone, String sms, String onlineMessage, String wechat) {}
