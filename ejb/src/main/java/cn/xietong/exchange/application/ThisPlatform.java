package cn.xietong.exchange.application;

import cn.xietong.platform.PlatformSettings;

/** This platform's code among the platforms that exchange with each other ({@code XIETONG_PLATFORM_CODE}). */
public final class ThisPlatform {

    private ThisPlatform() {
    }

    public static String code() {
        return PlatformSettings.platformCode();
    }
}
