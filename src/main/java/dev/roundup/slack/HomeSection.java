package dev.roundup.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One feature's part of a user's App Home (their digests, their tasks). */
@FunctionalInterface
public interface HomeSection {

  List<LayoutBlock> blocks(String userId);
}
