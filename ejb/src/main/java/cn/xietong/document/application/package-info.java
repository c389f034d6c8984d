/**
 * Use cases on documents — drafting and revising ({@code DraftService}), attachments
 * ({@code AttachmentService}), numbering ({@code NumberingService}) and the unit's document settings
 * ({@code DocumentSettingsService}): one transaction, access check and audit entry per method.
 */
package cn.xietong.document.application;
