/**
 * Drafts, their revisions and attachments, document numbers and the number register: the rules
 * about one value or one thing (a number's format, the safe HTML subset, an attachment's type, what
 * a draft still lacks before submission) live on it, testable without a container.
 */
package cn.xietong.document.model;
