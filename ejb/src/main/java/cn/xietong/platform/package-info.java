/** How the platform starts: schema migration, settings from the environment, demo data. */
package cn.xietong.platform;
