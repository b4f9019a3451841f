package dev.roundup.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A feature's part of a person's App Home (their tasks, their digests), built when it is published. */
@FunctionalInterface
public interface HomeSection {

  List<LayoutBlock> blocks(String userId);
}
