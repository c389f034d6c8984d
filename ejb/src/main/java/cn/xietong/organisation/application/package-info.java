/**
 * The organisation's use cases as transactional services — regions and units for platform
 * administrators, departments and people for unit administrators, the address book for everyone —
 * each checking the caller's access itself; no HTTP, no SQL bulk loading.
 */
package cn.xietong.organisation.application;
