package cn.xietong.exchange.application;

import cn.xietong.platform.PlatformSettings;

/** This platform's code among the platforms that exchange with each other ({@code XIETONG_PLATFORM_CODE}). */
public final class ThisPlatform {

    private ThisPlatform() {
    }

    /**
     * Where a transfer imported from media (介质交换) came from. Receipts for packages from there whose
     * sender no route names cannot travel back over the network: they are kept with the inbox entry and
     * the addressee's clerk exports them as a file ({@link InboxService#lastReceipt}).
     */
    public static final String MEDIA = "offline";

    public static String code() {
        return PlatformSettings.platformCode();
    }
}
