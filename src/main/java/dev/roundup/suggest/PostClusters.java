package dev.roundup.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups one person's posts in one channel into "the same message, again": each post joins the
 * group whose recent posts it matches ({@link PostText#same}), so a reminder whose wording drifts
 * over the months stays one group.
 */
final class PostClusters {

  /** A group of posts saying the same thing, oldest first. */
  record Cluster(String user, String channel, List<Post> posts, List<PostText> texts) {

    /** The newest wording: what a task would post. */
    Post latest() {
      return posts.get(posts.size() - 1);
    }
  }

  /** How many distinct wordings of a group a new post is compared with (the newest ones). */
  private static final int WORDINGS = 12;

  private PostClusters() {}

  /** Every group of every person and channel, posts in time order. */
  static List<Cluster> of(List<Post> posts) {
    Map<String, List<Post>> byAuthorAndChannel = new LinkedHashMap<>();
    for (Post p : posts) {
      byAuthorAndChannel.computeIfAbsent(p.user() + "\u0000" + p.channel(), k -> new ArrayList<>()).add(p);
    }
    List<Cluster> out = new ArrayList<>();
    for (List<Post> group : byAuthorAndChannel.values()) {
      group.sort((a, b) -> a.where().at().compareTo(b.where().at()));
      out.addAll(cluster(group));
    }
    return out;
  }

  /**
   * Single-link grouping: a post joins every group one of whose wordings it matches, and groups it
   * links are merged, so three rewordings that each match one other end up together whatever the
   * order they came in.
   */
  private static List<Cluster> cluster(List<Post> posts) {
    List<Group> groups = new ArrayList<>();
    for (Post p : posts) {
      PostText text = PostText.of(p.text());
      Group joined = null;
      for (var it = groups.iterator(); it.hasNext(); ) {
        Group g = it.next();
        if (g.matches(text)) {
          if (joined == null) {
            joined = g;
          } else {
            joined.absorb(g);
            it.remove();
          }
        }
      }
      if (joined == null) {
        joined = new Group();
        groups.add(joined);
      }
      joined.add(p, text);
    }
    List<Cluster> out = new ArrayList<>();
    for (Group g : groups) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < g.posts.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> g.posts.get(a).where().at().compareTo(g.posts.get(b).where().at()));
      Post first = g.posts.get(0);
      out.add(new Cluster(first.user(), first.channel(), order.stream().map(g.posts::get).toList(),
          order.stream().map(g.texts::get).toList()));
    }
    return out;
  }

  /** A group being built: its posts and their distinct wordings. */
  private static final class Group {
    final List<Post> posts = new ArrayList<>();
    final List<PostText> texts = new ArrayList<>();
    final Map<String, PostText> wordings = new LinkedHashMap<>();

    boolean matches(PostText text) {
      List<PostText> distinct = new ArrayList<>(wordings.values());
      for (int i = Math.max(0, distinct.size() - WORDINGS); i < distinct.size(); i++) {
        if (PostText.same(text, distinct.get(i))) {
          return true;
        }
      }
      return false;
    }

    void add(Post p, PostText text) {
      posts.add(p);
      texts.add(text);
      wordings.remove(p.text());
      wordings.put(p.text(), text);
    }

    void absorb(Group other) {
      for (int i = 0; i < other.posts.size(); i++) {
        add(other.posts.get(i), other.texts.get(i));
      }
    }
  }
}
