/**
 * The dataset format {@code forumplan/1}: records that mirror the JSON document field by field ({@code *Json}), the
 * strict reader that turns a file into them with every problem named by its JSON path, and the writer.
 *
 * <p>The records keep absent fields as {@code null}, so a document reads and writes back as it was; defaults are
 * applied when the planning problem is built.
 */
package org.forumplan.model.io;
