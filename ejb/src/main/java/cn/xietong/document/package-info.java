/**
 * The outgoing document itself (发文稿): its GB/T 9704 elements, revisions, attachments and
 * document numbers. Routing lives in {@code workflow}, the official PDF layout in
 * {@code document.layout}, sealing in {@code signing}.
 */
package cn.xietong.document;
