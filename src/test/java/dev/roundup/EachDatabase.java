package dev.roundup;

import dev.roundup.ScratchDatabase.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The runs of an {@link OnEachDatabase} test: one per {@link Kind}, each with its own database. */
public final class EachDatabase implements TestTemplateInvocationContextProvider {

  private static final Namespace SCRATCH = Namespace.create(EachDatabase.class);

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return true;
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(Kind.values()).map(Run::new);
  }

  private record Run(Kind kind) implements TestTemplateInvocationContext {

    @Override
    public String getDisplayName(int invocationIndex) {
      return kind == Kind.H2 ? "on H2" : "on PostgreSQL";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new Scratch(kind));
    }
  }

  /**
   * Opens the run's database before the {@code @BeforeEach} methods (a callback, so that a skipped
   * PostgreSQL run counts as skipped, not as a failed parameter), hands it to them and to the test,
   * and closes it when the test is done.
   */
  private record Scratch(Kind kind) implements BeforeEachCallback, ParameterResolver {

    /** What the store closes when the test's context ends. */
    private record Opened(ScratchDatabase db) implements ExtensionContext.Store.CloseableResource {
      @Override
      public void close() {
        db.close();
      }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      context.getStore(SCRATCH).put(Opened.class, new Opened(ScratchDatabase.open(kind)));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == ScratchDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getStore(SCRATCH).get(Opened.class, Opened.class).db();
    }
  }
}
