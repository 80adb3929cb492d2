package org.tradecert.conformance.run;

import io.cucumber.core.backend.ObjectFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Creates the glue objects of one certification: a glue class whose constructor takes a
 * {@link CertificationRun} receives this run, so steps share no static state and two
 * certifications in one process stay apart. Instances live for one scenario, as Cucumber's
 * default factory keeps them.
 */
final class GlueFactory implements ObjectFactory {

    private final CertificationRun run;
    private final Set<Class<?>> classes = new HashSet<>();
    private final Map<Class<?>, Object> instances = new HashMap<>();

    GlueFactory(CertificationRun run) {
        this.run = run;
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        classes.add(glueClass);
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> glueClass) {
        Object instance = instances.get(glueClass);
        if (instance == null) {
            instance = create(glueClass);
            instances.put(glueClass, instance);
        }
        return glueClass.cast(instance);
    }

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    private Object create(Class<?> glueClass) {
        try {
            for (Constructor<?> constructor : glueClass.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == CertificationRun.class) {
                    return constructor.newInstance(run);
                }
            }
            return glueClass.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("the glue class " + glueClass.getName()
                    + " needs a public constructor without parameters or with a CertificationRun", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the glue class " + glueClass.getName() + " failed to start: " + e.getCause(), e.getCause());
        }
    }
}
