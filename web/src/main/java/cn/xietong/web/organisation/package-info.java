/**
 * The organisation's JSON API — regions, units, departments, people, the address book and the
 * benchmark-city loader — mapping HTTP to one service call each and entities to DTO records; no
 * rules or transactions of its own.
 */
package cn.xietong.web.organisation;
