/**
 * Live badges: the WebSocket {@code /ws/badges} that pushes the number of packages waiting in a
 * unit's inbox (待签收) to the unit's clerks and unit administrators, authenticated by the same
 * session cookie (or bearer token) as the JSON API. Not the counts themselves: those come from the
 * exchange's services.
 */
package cn.xietong.web.badge;
